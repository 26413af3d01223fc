import { dictionary } from '@zxcvbn-ts/language-common';

// The common-password list of @zxcvbn-ts/language-common (maintained; ~49,000 passwords most often
// found in breaches). Only those of the minimum length or more (~18,000) can reach this check. Compared after
// lowercasing, so "Password1" counts as "password1" (OWASP ASVS 5, 6.2.4).

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].filter((p) => p.length >= 8).map((p) => p.toLowerCase()));
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.normalize('NFKC').toLowerCase());
}
