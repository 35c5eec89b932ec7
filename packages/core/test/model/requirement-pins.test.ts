import { describe, expect, it } from 'vitest';
import { lightningBelow2 } from '../../src/model/requirement-pins.js';

describe('lightningBelow2', () => {
  it.each([
    ['pytorch-lightning==1.5.10\ntorch==1.10.0', 'pytorch-lightning==1.5.10'],
    ['pytorch_lightning>=1.6,<2.0', 'pytorch_lightning>=1.6,<2.0'],
    ['pytorch-lightning < 2', 'pytorch-lightning< 2'],
    ['dependencies:\n  - pip\n  - pytorch-lightning=1.9.0=pyhd8ed1ab_0', 'pytorch-lightning=1.9.0=pyhd8ed1ab_0'],
    ['[tool.poetry.dependencies]\npytorch-lightning = "^1.9.0"', 'pytorch-lightning ^1.9.0'],
    ['pytorch-lightning = {version = "^1.9", optional = true}', 'pytorch-lightning ^1.9'],
    ["install_requires=['pytorch-lightning>=1.4,<1.6', 'torch']", 'pytorch-lightning>=1.4,<1.6'],
    ['dependencies = [\n  "lightning>=1.8,<2",\n]', 'lightning>=1.8,<2'],
    ['pytorch-lightning~=1.8.0', 'pytorch-lightning~=1.8.0'],
  ])('%j pins Lightning below 2.0', (text, shown) => {
    expect(lightningBelow2(text)).toBe(shown);
  });

  it.each([
    'lightning==2.1.0',
    'pytorch-lightning>=1.6',
    'pytorch-lightning',
    'lightning[extra]<2.1',
    // Other packages whose names hold "lightning".
    'ray-lightning==0.2.0\nlightning-bolts==0.5.0\nlightning_utilities==0.3',
    // A commented-out pin installs nothing.
    '# pytorch-lightning==1.5\npytorch-lightning==2.0.1',
    // Code, not a requirement.
    'import pytorch_lightning as pl\nif pytorch_lightning.__version__ < "2.0": pass',
  ])('%j does not', (text) => {
    expect(lightningBelow2(text)).toBeUndefined();
  });
});
