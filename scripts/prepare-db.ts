import { prepareSeededDatabase } from './database';

void prepareSeededDatabase();
