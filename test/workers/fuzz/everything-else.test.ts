import { fuzzOperations, unclaimed } from './run';

// Routes no other fuzz file claims (whatever the document gains later) are fuzzed here.
fuzzOperations('every other operation', unclaimed);
