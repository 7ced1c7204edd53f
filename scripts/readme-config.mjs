// Rewrites the README's configuration table from CONFIG_VARIABLES, the list loadConfig reads its
// defaults and bounds from. `config.spec.ts` fails when the README differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { configTableMarkdown } from '../dist/libs/config/src/index.js';

const README = new URL('../README.md', import.meta.url);
const lines = readFileSync(README, 'utf8').split('\n');
const start = lines.indexOf('| variable | default | allowed | what it does |');
if (start < 0) throw new Error('README.md has no configuration table to rewrite');
let end = start;
while (end < lines.length && lines[end].startsWith('|')) end += 1;
lines.splice(start, end - start, ...configTableMarkdown().split('\n'));
writeFileSync(README, lines.join('\n'));
