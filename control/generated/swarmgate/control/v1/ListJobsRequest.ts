// Original file: proto/swarmgate/control/v1/jobs.proto


export interface ListJobsRequest {
}

export interface ListJobsRequest__Output {
}
