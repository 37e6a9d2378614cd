package cli

import "context"

func runPublish(ctx context.Context, env Env, args []string) error { return nil }
func runServe(ctx context.Context, env Env, args []string) error   { return nil }
func runToken(ctx context.Context, env Env, args []string) error   { return nil }
func publish(ctx context.Context, env Env, data string) error      { return nil }
func serve(ctx context.Context, env Env, data, addr string) error  { return nil }
