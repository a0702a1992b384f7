/** The shipped data files, read and validated once, and their role index: the real-data fixture tests share. */
import { resolve } from 'node:path';
import { createRoleIndex } from '../../src/core/model/roles.ts';
import { loadDataDir } from '../../src/pipeline/data/loadDataDir.ts';

export const DATA_DIR = resolve(import.meta.dirname, '../../data');
export const data = loadDataDir(DATA_DIR);
export const index = createRoleIndex(data);
