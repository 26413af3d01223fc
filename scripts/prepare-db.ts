import { prepareDatabase } from './database';

prepareDatabase({ seed: true });
