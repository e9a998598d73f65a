import { GROUPS, fuzzOperations } from './run';

// Writes are the slowest requests (a D1 batch each, bodies up to the 1 MB limit): fewer of them.
fuzzOperations('admin-articles', GROUPS['admin-articles']!, 320);
