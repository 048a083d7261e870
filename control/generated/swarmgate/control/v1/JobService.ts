// Original file: proto/swarmgate/control/v1/jobs.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { JobRun as _swarmgate_control_v1_JobRun, JobRun__Output as _swarmgate_control_v1_JobRun__Output } from '../../../swarmgate/control/v1/JobRun.js';
import type { ListJobRunsRequest as _swarmgate_control_v1_ListJobRunsRequest, ListJobRunsRequest__Output as _swarmgate_control_v1_ListJobRunsRequest__Output } from '../../../swarmgate/control/v1/ListJobRunsRequest.js';
import type { ListJobRunsResponse as _swarmgate_control_v1_ListJobRunsResponse, ListJobRunsResponse__Output as _swarmgate_control_v1_ListJobRunsResponse__Output } from '../../../swarmgate/control/v1/ListJobRunsResponse.js';
import type { ListJobsRequest as _swarmgate_control_v1_ListJobsRequest, ListJobsRequest__Output as _swarmgate_control_v1_ListJobsRequest__Output } from '../../../swarmgate/control/v1/ListJobsRequest.js';
import type { ListJobsResponse as _swarmgate_control_v1_ListJobsResponse, ListJobsResponse__Output as _swarmgate_control_v1_ListJobsResponse__Output } from '../../../swarmgate/control/v1/ListJobsResponse.js';
import type { RunJobRequest as _swarmgate_control_v1_RunJobRequest, RunJobRequest__Output as _swarmgate_control_v1_RunJobRequest__Output } from '../../../swarmgate/control/v1/RunJobRequest.js';

export interface JobServiceClient extends grpc.Client {
  ListJobRuns(argument: _swarmgate_control_v1_ListJobRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobRunsResponse__Output>): grpc.ClientUnaryCall;
  ListJobRuns(argument: _swarmgate_control_v1_ListJobRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobRunsResponse__Output>): grpc.ClientUnaryCall;
  ListJobRuns(argument: _swarmgate_control_v1_ListJobRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobRunsResponse__Output>): grpc.ClientUnaryCall;
  ListJobRuns(argument: _swarmgate_control_v1_ListJobRunsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobRunsResponse__Output>): grpc.ClientUnaryCall;
  listJobRuns(argument: _swarmgate_control_v1_ListJobRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobRunsResponse__Output>): grpc.ClientUnaryCall;
  listJobRuns(argument: _swarmgate_control_v1_ListJobRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobRunsResponse__Output>): grpc.ClientUnaryCall;
  listJobRuns(argument: _swarmgate_control_v1_ListJobRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobRunsResponse__Output>): grpc.ClientUnaryCall;
  listJobRuns(argument: _swarmgate_control_v1_ListJobRunsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobRunsResponse__Output>): grpc.ClientUnaryCall;
  
  ListJobs(argument: _swarmgate_control_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  ListJobs(argument: _swarmgate_control_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  ListJobs(argument: _swarmgate_control_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  ListJobs(argument: _swarmgate_control_v1_ListJobsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  listJobs(argument: _swarmgate_control_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  listJobs(argument: _swarmgate_control_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  listJobs(argument: _swarmgate_control_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  listJobs(argument: _swarmgate_control_v1_ListJobsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  
  RunJob(argument: _swarmgate_control_v1_RunJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_JobRun__Output>): grpc.ClientUnaryCall;
  RunJob(argument: _swarmgate_control_v1_RunJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_JobRun__Output>): grpc.ClientUnaryCall;
  RunJob(argument: _swarmgate_control_v1_RunJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_JobRun__Output>): grpc.ClientUnaryCall;
  RunJob(argument: _swarmgate_control_v1_RunJobRequest, callback: grpc.requestCallback<_swarmgate_control_v1_JobRun__Output>): grpc.ClientUnaryCall;
  runJob(argument: _swarmgate_control_v1_RunJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_JobRun__Output>): grpc.ClientUnaryCall;
  runJob(argument: _swarmgate_control_v1_RunJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_JobRun__Output>): grpc.ClientUnaryCall;
  runJob(argument: _swarmgate_control_v1_RunJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_JobRun__Output>): grpc.ClientUnaryCall;
  runJob(argument: _swarmgate_control_v1_RunJobRequest, callback: grpc.requestCallback<_swarmgate_control_v1_JobRun__Output>): grpc.ClientUnaryCall;
  
}

export interface JobServiceHandlers extends grpc.UntypedServiceImplementation {
  ListJobRuns: grpc.handleUnaryCall<_swarmgate_control_v1_ListJobRunsRequest__Output, _swarmgate_control_v1_ListJobRunsResponse>;
  
  ListJobs: grpc.handleUnaryCall<_swarmgate_control_v1_ListJobsRequest__Output, _swarmgate_control_v1_ListJobsResponse>;
  
  RunJob: grpc.handleUnaryCall<_swarmgate_control_v1_RunJobRequest__Output, _swarmgate_control_v1_JobRun>;
  
}

export interface JobServiceDefinition extends grpc.ServiceDefinition {
  ListJobRuns: MethodDefinition<_swarmgate_control_v1_ListJobRunsRequest, _swarmgate_control_v1_ListJobRunsResponse, _swarmgate_control_v1_ListJobRunsRequest__Output, _swarmgate_control_v1_ListJobRunsResponse__Output>
  ListJobs: MethodDefinition<_swarmgate_control_v1_ListJobsRequest, _swarmgate_control_v1_ListJobsResponse, _swarmgate_control_v1_ListJobsRequest__Output, _swarmgate_control_v1_ListJobsResponse__Output>
  RunJob: MethodDefinition<_swarmgate_control_v1_RunJobRequest, _swarmgate_control_v1_JobRun, _swarmgate_control_v1_RunJobRequest__Output, _swarmgate_control_v1_JobRun__Output>
}
