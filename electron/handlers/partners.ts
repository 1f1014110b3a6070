import type { ChannelsOf, Partner, PartnerFields } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound, Refusal } from '../ipc/refusal';
import type { StoredPartner } from '../store/records/partners';
import type { HandlerContext } from './context';
import { toWirePartner } from './wire-records';

const byName = (a: StoredPartner, b: StoredPartner) => a.name.localeCompare(b.name);

/** Two partners with the same name would be impossible to tell apart in every list. */
function assertNameFree(partners: readonly StoredPartner[], name: string, exceptId?: string): void {
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

function update(ctx: HandlerContext, id: string, change: (p: StoredPartner, all: readonly StoredPartner[]) => StoredPartner): Promise<Partner> {
  return ctx.store.mutate((data) => {
    const current = data.partners.find((p) => p.id === id);
    if (!current) throw notFound('partner', id);
    const next = { ...change(current, data.partners), updatedAt: ctx.services.now().toISOString() };
    return { next: { ...data, partners: data.partners.map((p) => (p.id === id ? next : p)) }, result: toWirePartner(next) };
  });
}

export const partnerHandlers: HandlerMap<ChannelsOf<'partners'>, HandlerContext> = {
  'partners/list': ({ includeArchived }, { store }) =>
    store
      .read()
      .partners.filter((p) => includeArchived || !p.archived)
      .toSorted(byName)
      .map(toWirePartner),

  'partners/create': (fields, ctx) =>
    ctx.store.mutate((data) => {
      assertNameFree(data.partners, fields.name);
      const now = ctx.services.now().toISOString();
      const partner: StoredPartner = { ...(fields as PartnerFields), id: ctx.services.newId(), archived: false, createdAt: now, updatedAt: now };
      return { next: { ...data, partners: [...data.partners, partner] }, result: toWirePartner(partner) };
    }),

  'partners/update': ({ id, changes }, ctx) =>
    update(ctx, id, (current, all) => {
      if (changes.name !== undefined) assertNameFree(all, changes.name, id);
      return { ...current, ...changes };
    }),

  'partners/archive': ({ id, archived }, ctx) => update(ctx, id, (current) => ({ ...current, archived })),
};
