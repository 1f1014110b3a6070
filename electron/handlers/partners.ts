import type { HandlerMap } from '../ipc/dispatcher';
import type { Partner, PartnerFields } from '../ipc/contract';
import { notFound, Refusal } from '../ipc/refusal';
import type { HandlerContext } from './context';

type PartnerChannels = 'partners/list' | 'partners/create' | 'partners/update' | 'partners/archive';

const byName = (a: Partner, b: Partner) => a.name.localeCompare(b.name);

/** Two partners with the same name would be impossible to tell apart in every list. */
function assertNameFree(partners: readonly Partner[], name: string, exceptId?: string): void {
  const taken = partners.find((p) => p.id !== exceptId && p.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (taken) {
    throw new Refusal({
      code: 'DUPLICATE_NAME',
      message: `A partner named ${taken.name} already exists.`,
      field: 'name',
      data: { name: taken.name },
    });
  }
}

function update(ctx: HandlerContext, id: string, change: (p: Partner, all: readonly Partner[]) => Partner): Promise<Partner> {
  return ctx.store.mutate((data) => {
    const current = data.partners.find((p) => p.id === id);
    if (!current) throw notFound('partner', id);
    const next = { ...change(current, data.partners), updatedAt: ctx.services.now().toISOString() };
    return { next: { ...data, partners: data.partners.map((p) => (p.id === id ? next : p)) }, result: next };
  });
}

export const partnerHandlers: HandlerMap<PartnerChannels, HandlerContext> = {
  'partners/list': ({ includeArchived }, { store }) =>
    store
      .read()
      .partners.filter((p) => includeArchived || !p.archived)
      .toSorted(byName),

  'partners/create': (fields, ctx) =>
    ctx.store.mutate((data) => {
      assertNameFree(data.partners, fields.name);
      const now = ctx.services.now().toISOString();
      const partner: Partner = { ...(fields as PartnerFields), id: ctx.services.newId(), archived: false, createdAt: now, updatedAt: now };
      return { next: { ...data, partners: [...data.partners, partner] }, result: partner };
    }),

  'partners/update': ({ id, changes }, ctx) =>
    update(ctx, id, (current, all) => {
      if (changes.name !== undefined) assertNameFree(all, changes.name, id);
      return { ...current, ...changes };
    }),

  'partners/archive': ({ id, archived }, ctx) => update(ctx, id, (current) => ({ ...current, archived })),
};
