// Norwegian Bokmål time expressions: the pack's TimeParser.
export { nbTimeParser } from './nb-time-parser.ts';
