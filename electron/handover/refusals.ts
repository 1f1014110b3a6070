import { Refusal } from '../ipc/refusal';

// Every way a hand-over is refused, each a sentence a manager understands (the page words the
// code; `data` says which case it is). Nothing is stored when any of these is thrown.

/** Not JSON, or JSON that is not a hand-over file (another export, a truncated copy's header). */
export const notAHandoverFile = (why: string): Refusal =>
  new Refusal({ code: 'HANDOVER_NOT_A_FILE', message: `This is not a partner hand-over file: ${why}.`, field: 'text', data: { why } });

/**
 * The file's contents cannot be trusted: its checksum does not match its body (`checksum`), or
 * the body holds a record this app would not store (`record`) or one that points at a record
 * the file does not hold (`reference`). `path` is where in the body, as a dotted path.
 */
export const damagedHandover = (reason: 'checksum' | 'record' | 'reference', detail: string, path?: string): Refusal =>
  new Refusal({
    code: 'HANDOVER_DAMAGED',
    message: `The hand-over file is damaged and cannot be used: ${detail}. Ask for the file to be exported again.`,
    field: 'text',
    data: { reason, detail, ...(path === undefined ? {} : { path }) },
  });

export const handoverTooNew = (version: number, supported: number): Refusal =>
  new Refusal({
    code: 'HANDOVER_TOO_NEW',
    message: `The hand-over file was written by a newer version of the app (format ${version}; this one reads up to ${supported}). Update the app, then open the file again.`,
    field: 'text',
    data: { version, supported },
  });

export const handoverChanged = (): Refusal =>
  new Refusal({
    code: 'HANDOVER_CHANGED',
    message: 'The file is not the one that was previewed. Preview it again before applying it; nothing was changed.',
    field: 'checksum',
    data: {},
  });

/**
 * A partner of the file would share its name with another partner of this desk: two partners
 * of one name cannot be told apart in any list (as partners/create refuses it).
 */
export const nameTaken = (name: string, partnerId: string): Refusal =>
  new Refusal({
    code: 'HANDOVER_NAME_TAKEN',
    message: `This desk already has another partner named ${name}. Rename one of the two, then take the hand-over again; nothing was changed.`,
    data: { name, partnerId },
  });

/**
 * A record of the file has the id of a record of this desk that belongs to another partner
 * (ids are unique per desk, so only hand-made or sample data can do this): merging it would
 * move the record between partners.
 */
export const idConflict = (kind: string, id: string): Refusal =>
  new Refusal({
    code: 'HANDOVER_ID_TAKEN',
    message: `The file's ${kind} ${id} has the id of a ${kind} of another partner on this desk, so the two cannot be told apart; nothing was changed.`,
    field: 'text',
    data: { kind, id },
  });

/** More records than one file can carry (MAX_HANDOVER_CHARS). */
export const handoverTooLarge = (maximum: number): Refusal =>
  new Refusal({
    code: 'HANDOVER_TOO_LARGE',
    message: "These partners' records are too many for one hand-over file; hand them over in smaller groups.",
    field: 'partnerIds',
    data: { maximum },
  });

/**
 * The desk holds the sample portfolio, and removing it removes every partner, case and booking:
 * partners taken over now would go with it.
 */
export const handoverOnSample = (): Refusal =>
  new Refusal({
    code: 'HANDOVER_ON_SAMPLE',
    message:
      'This desk holds the sample data, and removing it would remove the handed-over partners too. Remove the sample data first, then import the file; nothing was changed.',
    data: {},
  });
