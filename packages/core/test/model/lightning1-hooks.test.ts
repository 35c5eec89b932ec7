import { describe, expect, it } from 'vitest';
import { lightning1Hook } from '../../src/model/lightning1-hooks.js';

describe('lightning1Hook', () => {
  it('finds an epoch-end hook that Lightning 2.0 removed, in a script that imports Lightning', () => {
    const module = (imports: string, hook: string): string => `${imports}\n\nclass Module(pl.LightningModule):\n    def ${hook}(self, outputs):\n        pass\n`;
    expect(lightning1Hook(module('import pytorch_lightning as pl', 'training_epoch_end'))).toBe('def training_epoch_end(…)');
    expect(lightning1Hook(module('from lightning.pytorch import LightningModule', 'validation_epoch_end'))).toBe('def validation_epoch_end(…)');
    expect(lightning1Hook(module('import lightning as L', 'test_epoch_end'))).toBe('def test_epoch_end(…)');
  });

  it('leaves out the hooks 2.0 kept, module-level functions, and scripts without Lightning', () => {
    expect(lightning1Hook('import pytorch_lightning as pl\nclass M(pl.LightningModule):\n    def on_train_epoch_end(self):\n        pass\n')).toBeUndefined();
    expect(lightning1Hook('import pytorch_lightning as pl\ndef training_epoch_end(outputs):\n    pass\n')).toBeUndefined();
    expect(lightning1Hook('import torch\nclass Loop:\n    def validation_epoch_end(self, outputs):\n        pass\n')).toBeUndefined();
    expect(lightning1Hook('import lightning_utils\nclass Loop:\n    def validation_epoch_end(self, outputs):\n        pass\n')).toBeUndefined();
  });
});
