module.exports = (value) => (typeof value === 'number' && value < 0 ? [{ message: 'Learning rate must not be negative.' }] : []);
