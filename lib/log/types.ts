import { z } from 'zod';
import { FindingType } from '../detect/types';
import { DisclosurePurpose, RecipientSignalId } from '../policy/schema';

/**
 * One disclosure, as stored at rest. Metadata ONLY: purposes, categories, counts, domains and hashes,
 * never the message text, the identifiers themselves, or full recipient addresses.
 */
export const DisclosureLogEntry = z.object({
  at: z.string(), // ISO time
  site: z.string(), // hostname of the web app
  outcome: z.enum(['sent', 'cancelled', 'blocked']),
  purpose: DisclosurePurpose.optional(),
  minimumNecessaryConfirmed: z.boolean().optional(),
  authorizationConfirmed: z.boolean().optional(),
  sensitiveAcknowledged: z.boolean().optional(),
  counts: z.partialRecord(FindingType, z.number().int().nonnegative()),
  recipientDomains: z.array(z.string()),
  recipientCount: z.number().int().nonnegative(),
  signals: z.array(RecipientSignalId),
  /** SHA-256 of salt + normalized message text: lets an auditor match a message without storing it. */
  messageHash: z.string(),
});
export type DisclosureLogEntry = z.infer<typeof DisclosureLogEntry>;

/** Message from a content script to the background. */
export const LOG_MESSAGE = 'phi-guard/log' as const;
export interface LogMessage { type: typeof LOG_MESSAGE; entry: DisclosureLogEntry }
