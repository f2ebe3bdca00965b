// Placeholder entry point; the real one replaces this file.
export {};
