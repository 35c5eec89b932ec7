module.exports = (value) => (typeof value === 'number' && value <= 0 ? [{ message: 'Batch size must be positive.' }] : []);
