/** The part of citation-js's API that lib/model/citation.ts uses (the package ships no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: object | object[]);
    format(format: 'bibliography' | 'bibtex' | 'biblatex', options?: Record<string, unknown>): string;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
