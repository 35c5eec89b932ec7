/**
 * A LightningModule that hands ReduceLROnPlateau its metric itself, end to end with the built CLI: matten reads its YAML
 * with PyYAML and builds the scheduler from `lr_scheduler: {class_path: torch.optim.lr_scheduler.ReduceLROnPlateau}`;
 * its `configure_optimizers` returns the scheduler with `"monitor": self.monitor_key`, so Lightning gets a monitor.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { rulesAt, tempProjects } from './temp-project.js';

const newProject = tempProjects();

const CONFIG = [
  'trainer:',
  '  max_epochs: 1000',
  'optimizer:',
  '  class_path: torch.optim.Adam',
  '  init_args:',
  '    lr: 0.01',
  'lr_scheduler:',
  '  class_path: torch.optim.lr_scheduler.ReduceLROnPlateau',
  '  init_args:',
  '    mode: min',
  '    factor: 0.5',
  '',
].join('\n');
const MODULE = [
  'from pytorch_lightning import LightningModule',
  '',
  'class Task(LightningModule):',
  '    def configure_optimizers(self):',
  '        optimizer = instantiate_class(self.parameters(), self.optimizer_hparams)',
  '        scheduler = instantiate_class(optimizer, self.lr_scheduler_hparams)',
  '        return {"optimizer": optimizer, "lr_scheduler": {"scheduler": scheduler, "monitor": self.monitor_key}}',
  '',
].join('\n');
const REPOSITORY = { '.git/HEAD': 'ref: refs/heads/main\n', 'configs/tensor.yaml': CONFIG };

const reported = (files: Record<string, string>): string[] =>
  rulesAt(runCli(['check', '--format', 'json', '--config', 'mlconfig.json', 'configs/tensor.yaml'], { cwd: newProject({ ...files, 'mlconfig.json': '{"frameworks": ["lightning"]}\n' }).dir }).stdout).filter((r) => r.startsWith('plateau'));

describe("a scheduler's monitor set in configure_optimizers", () => {
  it('is not LightningCLI asking for one', () => {
    expect(reported(REPOSITORY)).toEqual(['plateau-scheduler-needs-eval 8:15']);
    expect(reported({ ...REPOSITORY, 'src/model.py': MODULE })).toEqual([]);
  });

  it('does not count when a script runs LightningCLI, which replaces the module\'s configure_optimizers', () => {
    const cli = 'from lightning.pytorch.cli import LightningCLI\n\nif __name__ == "__main__":\n    LightningCLI(Task)\n';
    expect(reported({ ...REPOSITORY, 'src/model.py': MODULE, 'main.py': cli })).toEqual(['plateau-scheduler-needs-eval 8:15']);
  });

  it('counts only inside configure_optimizers', () => {
    const elsewhere = MODULE.replace('def configure_optimizers(self):', 'def callbacks(self):');
    expect(reported({ ...REPOSITORY, 'src/model.py': elsewhere })).toEqual(['plateau-scheduler-needs-eval 8:15']);
  });
});
