import { GROUPS, fuzzOperations } from './run';

fuzzOperations('public-articles', GROUPS['public-articles']!);
