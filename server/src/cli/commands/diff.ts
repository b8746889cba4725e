import type { Command } from '../command';
export const diffCommand: Command = { summary: 'x', usage: 'x', description: 'x', options: {}, async run() { return 0; } };
