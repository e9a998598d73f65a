/** The reader of a public request: its contract and the default rights level its filters need. */
import type { Context } from 'hono';
import type { AppEnv } from '../app/types';
import type { SyndicationLevel } from '../db/article-writes';
import { type Contract, PUBLIC_CONTRACT, contractKey } from './contract';
import type { Visibility } from '../db/articles';
import { visibleTo } from './contract-sql';
import { rightsDefaults } from './rights';

export interface Reader {
  contract: Contract;
  /** The level of articles without one of their own (RIGHTS_SYNDICATION). */
  defaultLevel: SyndicationLevel;
}

/** This request's reader: the contract the auth middleware found, else the public view. */
export function readerOf(c: Context<AppEnv>): Reader {
  return { contract: c.get('contract') ?? PUBLIC_CONTRACT, defaultLevel: rightsDefaults(c.env).syndication };
}

/** What caches must key this request's answer by: its contract, never its key. */
export function readerKey(c: Context<AppEnv>): string {
  return contractKey(c.get('contract') ?? PUBLIC_CONTRACT);
}

/** The articles this request's reader may see, for the list, search, related and feed queries. */
export function visibilityOf(c: Context<AppEnv>): Visibility {
  const { contract, defaultLevel } = readerOf(c);
  return (bind) => visibleTo(contract, bind, defaultLevel);
}
