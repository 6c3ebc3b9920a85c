import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate` writes a new migration into drizzle/ from the schema's changes. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './src-main/db/schema/index.ts',
  out: './drizzle',
  strict: true,
  verbose: true,
});
