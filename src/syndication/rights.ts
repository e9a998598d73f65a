/**
 * Machine-readable rights on every article: its own where the newsroom set them, else the
 * publisher's defaults from the RIGHTS_* vars in wrangler.toml.
 */
import type { ArticleRecord, SyndicationLevel } from '../db/article-writes';

export const SYNDICATION_LEVELS = ['allowed', 'restricted', 'none'] as const satisfies readonly SyndicationLevel[];

/** The rights object of the contract. */
export interface Rights {
  usage_terms: string | null;
  copyright_holder: string | null;
  copyright_notice: string | null;
  syndication: SyndicationLevel;
}

/** Where the publisher's defaults come from (every environment declares them). */
export interface RightsVars {
  RIGHTS_USAGE_TERMS: string;
  RIGHTS_COPYRIGHT_HOLDER: string;
  RIGHTS_COPYRIGHT_NOTICE: string;
  RIGHTS_SYNDICATION: string;
}

const isLevel = (value: string): value is SyndicationLevel => (SYNDICATION_LEVELS as readonly string[]).includes(value);

/** The publisher's defaults; an empty var is no default, and an unknown level falls back to "allowed". */
export function rightsDefaults(env: Partial<RightsVars>): Rights {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  const level = env.RIGHTS_SYNDICATION?.trim() ?? '';
  return {
    usage_terms: text(env.RIGHTS_USAGE_TERMS),
    copyright_holder: text(env.RIGHTS_COPYRIGHT_HOLDER),
    copyright_notice: text(env.RIGHTS_COPYRIGHT_NOTICE),
    syndication: isLevel(level) ? level : 'allowed',
  };
}

type OwnRights = Pick<ArticleRecord, 'rights_usage_terms' | 'rights_copyright_holder' | 'rights_copyright_notice' | 'rights_syndication'>;

/** An article's rights: each field its own when set, else the default. */
export function rightsOf(own: OwnRights, defaults: Rights): Rights {
  return {
    usage_terms: own.rights_usage_terms ?? defaults.usage_terms,
    copyright_holder: own.rights_copyright_holder ?? defaults.copyright_holder,
    copyright_notice: own.rights_copyright_notice ?? defaults.copyright_notice,
    syndication: own.rights_syndication ?? defaults.syndication,
  };
}

/** A write's `rights`: each field given replaces the article's own (null: back to the default). */
export type RightsInput = Partial<Record<keyof Rights, string | null>>;

/** The article's own rights after a write that carries `input`. */
export function applyRights(own: OwnRights, input: RightsInput = {}): OwnRights {
  // Always a new object of exactly these four fields: callers spread it over a whole record.
  const pick = <K extends keyof OwnRights>(key: K, value: OwnRights[K] | undefined) => (value === undefined ? own[key] : value);
  return {
    rights_usage_terms: pick('rights_usage_terms', input.usage_terms),
    rights_copyright_holder: pick('rights_copyright_holder', input.copyright_holder),
    rights_copyright_notice: pick('rights_copyright_notice', input.copyright_notice),
    rights_syndication: pick('rights_syndication', input.syndication as SyndicationLevel | null | undefined),
  };
}
