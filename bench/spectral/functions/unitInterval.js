module.exports = (value) => (typeof value === 'number' && (value < 0 || value > 1) ? [{ message: 'Dropout must lie in [0, 1].' }] : []);
