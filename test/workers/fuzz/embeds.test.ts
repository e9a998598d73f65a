import { GROUPS, fuzzOperations } from './run';

fuzzOperations('embeds', GROUPS.embeds!);
