# cpython: 2:1: 'await' outside function
await x
