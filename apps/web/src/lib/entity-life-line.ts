import {
  type DatedEvent,
  type DateStyle,
  type Entity,
  type EntityChangeHow,
  formatDate,
  type Locale,
  runsText,
  type Source,
  sourcesLineRuns,
  successionsOf,
  type TextRun,
} from '@bd/core';
import { intlLocale } from '@bd/core/intl-formats';
import type { Translate } from './i18n/translate.ts';

/** The event that records an entity's change, with the source that states it: cited like any value. */
export interface ChangeCitation {
  event: DatedEvent;
  source: Source | undefined;
}

/** How an entity that ended lives on: its last day, how and when it changed, into what, and who says so. */
export interface EntityLife {
  entity: Entity;
  ended: string;
  how: EntityChangeHow;
  /** The first day of the successors (the day after `ended`). */
  date: string;
  /** The successors' names in both languages, or their ids where the data does not list them. */
  successors: Entity['name'][];
  /** Each event the changes name, once, in the order named. */
  citations: ChangeCitation[];
}

/**
 * The life of the entity a view shows, where it has ended: undefined for one that has not (it shows nothing new).
 * `entityId` is the view's choice; with none (the data describes one entity) it is the first listed. Where an
 * entity's changes differ in kind, the first one's kind and date are said, with every successor of that kind.
 */
export function entityLifeOf(
  entityId: string | undefined,
  entities: readonly Entity[],
  events: readonly DatedEvent[],
  sources: readonly Source[],
): EntityLife | undefined {
  const entity = entityId === undefined ? entities[0] : entities.find((e) => e.id === entityId);
  const changes = entity ? successionsOf(entity, entities) : [];
  const first = changes[0];
  if (!entity?.ended || !first) return undefined;
  const said = changes.filter((c) => c.how === first.how);
  const eventIds = [...new Set(changes.map((c) => c.event))];
  const citations = eventIds.flatMap((id): ChangeCitation[] => {
    const event = events.find((e) => e.id === id);
    return event ? [{ event, source: sources.find((s) => s.id === event.source) }] : [];
  });
  return {
    entity,
    ended: entity.ended,
    how: first.how,
    date: first.date,
    successors: said.map((c) => c.successor?.name ?? { en: c.entity, vi: c.entity }),
    citations,
  };
}

/**
 * How a life's dates are written: English in words ("until 30 June 2025"); Vietnamese in figures, as its readers
 * write such a parenthesis ("đến 30/6/2025", as the data's own names do), where the long form would be "ngày 30
 * tháng 6 năm 2025".
 */
const LIFE_DATE_STYLE: Record<Locale, DateStyle> = { en: 'long', vi: 'short' };

const lifeDate = (date: string, locale: Locale) => formatDate(date, locale, LIFE_DATE_STYLE[locale]);

/** The words a life's messages are filled with: its name, its successors as a list ("A and B"), its dates. */
function lifeValues(life: EntityLife, locale: Locale): Record<string, string> {
  const list = new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' });
  return {
    name: life.entity.name[locale],
    successors: list.format(life.successors.map((name) => name[locale])),
    ended: lifeDate(life.ended, locale),
    date: lifeDate(life.date, locale),
  };
}

/** "Binh Duong province, until 30 June 2025; since 1 July 2025 part of Ho Chi Minh City", without a full stop. */
export function lifeSentence(life: EntityLife, locale: Locale, t: Translate): string {
  return t(`entityLife_${life.how}`, lifeValues(life, locale));
}

/** A former entity as a selector lists it: "Binh Duong province (until 30 June 2025)"; the name alone for one that has not ended. */
export function entityOptionLabel(entity: Entity, locale: Locale, t: Translate): string {
  const name = entity.name[locale];
  if (!entity.ended) return name;
  // A former entity's name may say its end itself ("Ho Chi Minh City (until 30 June 2025)"): it is not said twice.
  const said = [formatDate(entity.ended, locale), formatDate(entity.ended, locale, 'short')].some((d) => name.includes(d));
  return said ? name : t('entityFormer', { name, ended: lifeDate(entity.ended, locale) });
}

/** A change a chart marks with a vertical rule: its date, the rule's label and the sentence its summary adds. */
export interface ChartChange {
  /** YYYY-MM-DD: the first day after the change. */
  date: string;
  label: string;
  description: string;
}

/** The change of the entity a chart shows, for the chart's rule; none where the entity has not ended. */
export function chartChangesOf(life: EntityLife | undefined, locale: Locale, t: Translate): ChartChange[] {
  if (!life) return [];
  const values = lifeValues(life, locale);
  return [
    {
      date: life.date,
      label: t(`entityChange_${life.how}`, values),
      description: t('chartChangeRule', { date: values.date ?? life.date, life: lifeSentence(life, locale, t) }),
    },
  ];
}

/** The sources a life's change is cited from, for a source line where only words travel (a slide, an embed, an image). */
export function lifeSources(life: EntityLife): Source[] {
  return life.citations.flatMap((c) => (c.source ? [c.source] : []));
}

/**
 * The life and its source line as runs, for an image, where nothing links: "…Ho Chi Minh City. Source: Lao Dong…",
 * each publisher marked with its article's language.
 */
export function lifeWithSourcesRuns(life: EntityLife, locale: Locale, t: Translate): TextRun[] {
  const sources = lifeSources(life);
  return [
    { text: `${lifeSentence(life, locale, t)}.${sources.length > 0 ? ' ' : ''}` },
    ...(sources.length > 0 ? sourcesLineRuns(sources, locale) : []),
  ];
}

/** The life and its source line as one text: `lifeWithSourcesRuns` where no language can be marked. */
export function lifeWithSources(life: EntityLife, locale: Locale, t: Translate): string {
  return runsText(lifeWithSourcesRuns(life, locale, t));
}
