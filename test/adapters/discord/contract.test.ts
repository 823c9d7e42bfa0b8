import { testCore } from '../../helpers/core.js';
import { describeAdapterContract } from '../adapter-contract.js';
import { createDiscordHarness } from './harness.js';

describeAdapterContract('discord', () => createDiscordHarness({ makeCore: () => testCore().core }));
