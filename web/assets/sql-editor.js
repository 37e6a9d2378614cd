/* The SQL editor bundle is built by web/editor (npm run build); until it is, the console uses its textarea. */
