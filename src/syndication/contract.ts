/**
 * What a reader may receive: the public view, or a partner key's contract (its entitlements).
 * Every public route asks the contract, never the key: so two keys with equal contracts read
 * (and share cached answers for) exactly the same thing, and a keyless read is the public view.
 */
import type { SyndicationLevel } from '../db/article-writes';
import type { ArticleRow } from '../db/articles';
import { SYNDICATION_LEVELS } from './rights';

/** A key's entitlements as stored and shown; `sections` null means every section. */
export interface Entitlements {
  sections: string[] | null;
  body: 'full' | 'excerpt';
  embargo_access: boolean;
  syndication: SyndicationLevel[];
  expires_at: string | null;
}

/** What the reads of one request may show. `expires_at` is the key's business, not the view's. */
export type Contract = Omit<Entitlements, 'expires_at'>;

/** The keyless view: every section, full text, nothing under embargo, every rights level. */
export const PUBLIC_CONTRACT: Contract = Object.freeze({ sections: null, body: 'full', embargo_access: false, syndication: [...SYNDICATION_LEVELS] });

/** A contract in one canonical form: sections and levels sorted and unique. */
export function canonicalContract(contract: Contract): Contract {
  const sorted = <T extends string>(values: T[]) => [...new Set(values)].sort();
  return {
    sections: contract.sections === null ? null : sorted(contract.sections),
    body: contract.body,
    embargo_access: contract.embargo_access,
    syndication: sorted(contract.syndication),
  };
}

/** The public view's key (see contractKey). */
export const PUBLIC_CONTRACT_KEY = 'public';
// Compared against on every request that reads through a contract: built once.
const PUBLIC_CANONICAL = JSON.stringify(canonicalContract(PUBLIC_CONTRACT));

/** The contract's identity for cache keys: its canonical JSON ('public' for the public view). */
export function contractKey(contract: Contract): string {
  if (contract === PUBLIC_CONTRACT) return PUBLIC_CONTRACT_KEY;
  const canonical = JSON.stringify(canonicalContract(contract));
  return canonical === PUBLIC_CANONICAL ? PUBLIC_CONTRACT_KEY : canonical;
}

/** Whether a contract reads exactly as the public does. */
export function isPublicContract(contract: Contract): boolean {
  return contract === PUBLIC_CONTRACT || JSON.stringify(canonicalContract(contract)) === PUBLIC_CANONICAL;
}

type Judged = Pick<ArticleRow, 'status' | 'deleted_at' | 'embargoed_until' | 'section_slug' | 'rights_syndication'>;

/**
 * Whether the contract covers this article at all (published or withdrawn): its section, its
 * rights level (its own or `defaultLevel`), and an embargo only with embargo access. The JS twin
 * of `visibleTo` in contract-sql.ts, for the routes that read one article.
 */
export function covers(contract: Contract, row: Judged, defaultLevel: SyndicationLevel): boolean {
  if (row.deleted_at || (row.status !== 'published' && row.status !== 'withdrawn')) return false;
  if (row.embargoed_until && !contract.embargo_access) return false;
  if (contract.sections !== null && !(row.section_slug && contract.sections.includes(row.section_slug))) return false;
  return contract.syndication.includes(row.rights_syndication ?? defaultLevel);
}
