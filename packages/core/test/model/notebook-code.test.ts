import { describe, expect, it } from 'vitest';
import { notebookCode } from '../../src/model/notebook-code.js';

describe('notebookCode', () => {
  it('joins the code cells, with magics and shell lines as comments', () => {
    const notebook = JSON.stringify({
      cells: [
        { cell_type: 'markdown', source: ['# Training\n', 'cfg["training"]["lr"] in prose\n'] },
        { cell_type: 'code', source: ['%matplotlib inline\n', '!pip install yaml\n', 'import yaml\n'] },
        { cell_type: 'code', source: 'warmup = cfg["training"]["warmup_steps"]\n' },
      ],
      nbformat: 4,
    });
    expect(notebookCode(notebook)).toBe('#%matplotlib inline\n#!pip install yaml\nimport yaml\n\n\nwarmup = cfg["training"]["warmup_steps"]\n');
  });

  it('gives nothing for text that is no notebook', () => {
    expect(notebookCode('not json')).toBeUndefined();
    expect(notebookCode('{"nbformat": 4}')).toBeUndefined();
    expect(notebookCode('null')).toBeUndefined();
  });
});
