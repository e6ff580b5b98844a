/**
 * Steps that run on the exported site before it replaces out/. Each gets the staging folder and
 * the validated corpus, and may throw to abort the build (out/ then stays as it was).
 */
import type { Corpus } from '../../lib/types';
import { contentSecurityPolicy } from './csp';
import { publishSchemas } from './schemas';

export interface PostBuildStep {
  name: string;
  run: (dir: string, corpus: Corpus) => Promise<string | void> | string | void;
}

// The CSP step hashes the final HTML, so it stays last.
export const postBuildSteps: PostBuildStep[] = [publishSchemas, contentSecurityPolicy];
