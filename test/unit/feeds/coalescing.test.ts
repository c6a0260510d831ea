import { describeCoalescing } from '../../support/coalescing-scenarios.ts';
import { InMemorySchedule } from './in-memory-ports.ts';

describeCoalescing('in memory', () => new InMemorySchedule());
