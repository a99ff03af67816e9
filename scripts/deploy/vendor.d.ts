/** The little of two untyped packages (no @types exist) that the deploy and its tests use. */
declare module "s3rver" {
  interface S3rverOptions {
    port?: number;
    address?: string;
    silent?: boolean;
    directory: string;
    configureBuckets?: Array<{ name: string }>;
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}

declare module "gh-pages" {
  interface PublishOptions {
    branch?: string;
    repo?: string;
    message?: string;
    dotfiles?: boolean;
    nojekyll?: boolean;
    cname?: string;
    history?: boolean;
    user?: { name: string; email: string };
  }
  export function publish(
    dir: string,
    options: PublishOptions,
    callback: (error: Error | null | undefined) => void,
  ): void;
  export function clean(): void;
}
