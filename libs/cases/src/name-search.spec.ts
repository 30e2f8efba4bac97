import { describe, expect, it } from '@jest/globals';
import { nameMatches } from './name-search.js';

describe('name search keys', () => {
  it('has nothing to look for in spaces alone, and takes LIKE wildcards literally', () => {
    expect(nameMatches(['c.name'], ' 　 ', 'x_')).toBeNull();
    expect(nameMatches(['c.name'], '50%_\\', 'x_')?.params['x_pattern']).toBe('%50\\%\\_\\\\%');
  });
});
