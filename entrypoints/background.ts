export default defineBackground(() => {
  // Wiring only: the disclosure log and policy broadcasting live in lib/.
});
