/** Help texts, kept apart from the commands so `phi-guard --help` loads no detection code. */

export const USAGE = `phi-guard: find Protected Health Information in text, locally (the engine of the PHI Guard extension)

commands:
  scan [FILE|-]            scan one message (see phi-guard scan --help)
  scan --jsonl FILE        scan many messages, one JSON line each
  policy check FILE        validate a policy file: each problem with its field path
  eval CORPUS.jsonl...     precision and recall on labeled corpora (see phi-guard eval --help)
  eval --all               every corpus, as a markdown table

exit status: 0 ok, 1 bad input lines / invalid policy / recognizer errors, 2 usage or unreadable file
`;

export const SCAN_USAGE = `usage: phi-guard scan [FILE|-] [--json] [--policy FILE] [recipient options]
       phi-guard scan --jsonl FILE [--policy FILE] [recipient options]

  FILE or -            the message to scan (standard input when "-" or omitted and piped)
  --json               print {"phi","risk","sensitive","reasons","findings":[...]} instead of the readable report
  --jsonl FILE         read lines {"id","text"}, write one {"id","phi","risk","findings"} line per input
  --policy FILE        apply a policy file (bare policy, Chrome policy file or Admin console JSON)
  --recipients LIST    "a@x.org, Name <b@y.com>": analyze recipient risk (also --cc LIST, --bcc LIST)
  --internal-domains LIST, --trusted-domains LIST, --personal-domains LIST
                       comma-separated domains; override the policy's recipient settings
  --patient NAME       the conversation's patient (as a portal thread shows it): flags a message about
                       someone else (wrong_patient)
  --reply-all          the message is a reply-all (reply_all for Cc/Bcc recipients)
`;

export const EVAL_USAGE = `usage: phi-guard eval CORPUS.jsonl... [--verbose] [--no-providers]
       phi-guard eval --all

  CORPUS.jsonl     lines {"id","text","spans":[{"start","end","type","role"?}],"phi"?}
  --verbose        list every miss and false positive with its context
  --no-providers   do not score spans with role "provider" (clinician names)
  --all            every corpus in ../shared/corpora/ and our test/corpus/*.jsonl sets, as a markdown table
`;
