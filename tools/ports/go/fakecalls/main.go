// A database's life through the stock go client's own calls, against the served fake at
// ASTRA_DEVOPS_BASE_URL with ASTRA_DB_APPLICATION_TOKEN (tools/ports/ports.py serves it): create
// (the id from Location), read, list, add a keyspace, terminate. Every answer is decoded into the
// client's types; an error or an unexpected answer exits non-zero.
package main

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"astradevops"
)

// Each read moves the fake's lifecycle one step: a few suffice.
const reads = 20

func fail(format string, values ...interface{}) {
	fmt.Fprintf(os.Stderr, "calls: "+format+"\n", values...)
	os.Exit(1)
}

func expect(response *http.Response, err error, status int, what string) {
	if err != nil {
		fail("%s: %v", what, err)
	}
	if response.StatusCode != status {
		fail("%s answered %d, not %d", what, response.StatusCode, status)
	}
}

func readUntil(ctx context.Context, api *astradevops.DatabaseOperationsAPIService, id string, status string) astradevops.Database {
	for i := 0; i < reads; i++ {
		database, response, err := api.GetDatabase(ctx, id).Execute()
		expect(response, err, 200, "read "+id)
		if database.GetStatus() == status {
			return *database
		}
	}
	fail("%s is not %s after %d reads", id, status, reads)
	return astradevops.Database{}
}

func main() {
	configuration := astradevops.NewConfiguration()
	configuration.Servers = astradevops.ServerConfigurations{{URL: os.Getenv("ASTRA_DEVOPS_BASE_URL")}}
	api := astradevops.NewAPIClient(configuration).DatabaseOperationsAPI
	ctx := context.WithValue(context.Background(), astradevops.ContextAccessToken, os.Getenv("ASTRA_DB_APPLICATION_TOKEN"))

	body := astradevops.NewDatabaseInfoCreate("port", "AWS", "serverless", 1, "us-east-1")
	response, err := api.CreateDatabase(ctx).DatabaseInfoCreate(*body).Execute()
	expect(response, err, 201, "create")
	id := response.Header.Get("Location")
	if created := readUntil(ctx, api, id, "ACTIVE"); created.GetId() != id {
		fail("reading %s gave %s", id, created.GetId())
	}
	listed, response, err := api.ListDatabases(ctx).Execute()
	expect(response, err, 200, "list")
	if len(listed) != 1 || listed[0].GetId() != id {
		fail("the list holds %d databases, not %s alone", len(listed), id)
	}
	response, err = api.AddKeyspace(ctx, id, "second").Execute()
	expect(response, err, 201, "add a keyspace")
	database := readUntil(ctx, api, id, "ACTIVE")
	info := database.GetInfo()
	if extra := info.GetAdditionalKeyspaces(); len(extra) != 1 || extra[0] != "second" {
		fail("the keyspaces after adding one: %v", extra)
	}
	response, err = api.TerminateDatabase(ctx, id).Execute()
	expect(response, err, 202, "terminate")
	readUntil(ctx, api, id, "TERMINATED")
	fmt.Printf("calls: %s created, read, listed, given a keyspace and terminated\n", id)
}
