import { ConfigError, loadConfig } from './config';
import { EngineStartError } from './engine/graph-engine';
import { serve } from './server/serve';

/** `npm start`: the API on the configured engine. */
try {
  serve(loadConfig()).catch((error: unknown) => {
    console.error(
      error instanceof EngineStartError
        ? `zorginkoop-graph cannot start: ${error.message}`
        : error instanceof Error
          ? error.message
          : error,
    );
    process.exit(1);
  });
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(2);
}
