// Rewrites the README's permission table from the one the API enforces (the contexts' roles
// tables, which their deciders check). `permissions.spec.ts` fails when the README differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { permissionTableMarkdown } from '../dist/libs/access/src/index.js';

const README = new URL('../README.md', import.meta.url);
const readme = readFileSync(README, 'utf8');
const lines = readme.split('\n');
const start = lines.indexOf('| operation | roles allowed |');
if (start < 0) throw new Error('README.md has no permission table to rewrite');
let end = start;
while (end < lines.length && lines[end].startsWith('|')) end += 1;
lines.splice(start, end - start, ...permissionTableMarkdown().split('\n'));
writeFileSync(README, lines.join('\n'));
