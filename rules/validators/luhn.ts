/** Luhn mod-10 over the digits of `value`; separators (spaces, dashes) are skipped. */
export function luhnValid(value: string): boolean {
  let sum = 0;
  let count = 0;
  let double = false;
  for (let i = value.length - 1; i >= 0; i--) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) continue;
    let add = double ? digit * 2 : digit;
    if (add > 9) add -= 9;
    sum += add;
    count++;
    double = !double;
  }
  return count > 1 && sum % 10 === 0;
}

/** NPI: ten digits whose Luhn check runs over the ISO card prefix 80840 + the number (CMS NPI standard). */
export function npiValid(value: string): boolean {
  return /^[12]\d{9}$/.test(value) && luhnValid(`80840${value}`);
}
