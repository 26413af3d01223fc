import { describe, expect, it } from 'vitest';
import { formatCommentText } from '@/lib/comments/format';

describe('formatCommentText', () => {
  it('keeps paragraphs and line breaks', () => {
    expect(formatCommentText('سطر أول\nسطر ثانٍ\n\nفقرة ثانية')).toEqual([
      [[{ kind: 'text', text: 'سطر أول' }], [{ kind: 'text', text: 'سطر ثانٍ' }]],
      [[{ kind: 'text', text: 'فقرة ثانية' }]],
    ]);
  });

  it('turns http(s) URLs into links without trailing punctuation', () => {
    expect(formatCommentText('انظر https://example.com/a?b=1. شكراً')).toEqual([
      [
        [
          { kind: 'text', text: 'انظر ' },
          { kind: 'link', href: 'https://example.com/a?b=1', text: 'https://example.com/a?b=1' },
          { kind: 'text', text: '. شكراً' },
        ],
      ],
    ]);
  });

  it('never links other schemes', () => {
    const pieces = formatCommentText('javascript:alert(1) <b>x</b>').flat(2);
    expect(pieces).toEqual([{ kind: 'text', text: 'javascript:alert(1) <b>x</b>' }]);
  });
});
