// Imported first by every entry point: libuv sizes its thread pool on first use, and an abandoned
// dns.lookup (getaddrinfo cannot be cancelled) holds a thread until the OS gives up. With the default
// four threads, a few hung names would make every later lookup time out behind them.
process.env.UV_THREADPOOL_SIZE ??= '16';
