import 'server-only';
import { deliver, type OutgoingMail } from './transport';

/**
 * Sends without making the request wait (or fail) on the mail server: a page answers the same
 * whether a message went out, and a slow or broken SMTP server is a line in the log, not a 500.
 */
export function sendInBackground(mail: OutgoingMail | Promise<OutgoingMail[]> | OutgoingMail[]): void {
  void Promise.resolve(mail)
    .then((all) => Promise.all((Array.isArray(all) ? all : [all]).map(deliver)))
    .catch((error: unknown) => console.error('mail: not sent:', error instanceof Error ? error.message : error));
}
