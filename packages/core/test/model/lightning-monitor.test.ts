import { describe, expect, it } from 'vitest';
import { configureOptimizersMonitor } from '../../src/model/lightning-monitor.js';

describe('configureOptimizersMonitor', () => {
  it("finds the monitor a LightningModule's configure_optimizers returns with its scheduler (matten)", () => {
    const matten = [
      'class Task(LightningModule):',
      '    def configure_optimizers(self):',
      '        optimizer = instantiate_class(self.parameters(), self.optimizer_hparams)',
      '        scheduler = self._config_lr_scheduler(optimizer)',
      '        return {',
      '            "optimizer": optimizer,',
      '            "lr_scheduler": {"scheduler": scheduler, "monitor": self.monitor_key},',
      '        }',
      '',
      '    def other(self):',
      '        pass',
    ].join('\n');
    expect(configureOptimizersMonitor(matten)).toBe('"monitor": self.monitor_key');
    expect(configureOptimizersMonitor("    def configure_optimizers(self):\n        return dict(optimizer=opt, lr_scheduler=sched, monitor='val_loss')\n")).toBe("monitor='val_loss')");
  });

  it('ignores a monitor outside configure_optimizers or in a comment', () => {
    expect(configureOptimizersMonitor('    def configure_optimizers(self):\n        return [opt], [sched]\n\n    def callbacks(self):\n        return ModelCheckpoint(monitor="val")\n')).toBeUndefined();
    expect(configureOptimizersMonitor('    def configure_optimizers(self):\n        # "monitor": "val_loss",\n        return [opt], [sched]\n')).toBeUndefined();
  });
});
