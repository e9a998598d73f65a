import { GROUPS, fuzzOperations } from './run';

fuzzOperations('public-lists', GROUPS['public-lists']!);
