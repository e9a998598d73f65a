import { GROUPS, fuzzOperations } from './run';

fuzzOperations('admin-keys-media', GROUPS['admin-keys-media']!);
