import { describe, expect, it } from 'vitest';
import { hydraPackage } from '../../src/model/hydra-package.js';

describe('hydraPackage', () => {
  it("puts an option's keys under its group's path", () => {
    expect(hydraPackage('learning_rate: 1e-3\n', 'train')).toBe('train');
    expect(hydraPackage('depth: 12\n', 'model/encoder')).toBe('model.encoder');
    expect(hydraPackage('depth: 12\n', undefined)).toBeUndefined();
  });

  it('follows a @package header among the opening comment lines', () => {
    expect(hydraPackage('# @package _global_\nseed: 1\n', 'experiment')).toBeUndefined();
    expect(hydraPackage('# An experiment.\n\n# @package _global_\nseed: 1\n', 'experiment')).toBeUndefined();
    expect(hydraPackage('# @package _group_\nlr: 1\n', 'optim')).toBe('optim');
    expect(hydraPackage('# @package _global_.trainer\nlr: 1\n', 'optim')).toBe('trainer');
    expect(hydraPackage('# @package model.optim\nlr: 1\n', 'optim')).toBe('model.optim');
    // A header after the first key is no header.
    expect(hydraPackage('lr: 1\n# @package _global_\n', 'optim')).toBe('optim');
  });
});
