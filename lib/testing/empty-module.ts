// Stands in for the 'server-only' package under Jest, where no bundler enforces it.
export {};
