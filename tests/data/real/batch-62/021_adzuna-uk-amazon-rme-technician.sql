/* CREATE TABLE myjobs(
   description           VARCHAR(500) NOT NULL
  ,adref                 VARCHAR(128) NOT NULL
  ,title                 VARCHAR(40) NOT NULL
  ,salary_is_predicted   BIT  NOT NULL
  ,categorylabel         VARCHAR(26) NOT NULL
  ,categorytag           VARCHAR(24) NOT NULL
  ,category_CLASS_       VARCHAR(31) NOT NULL
  ,id                    INTEGER  NOT NULL
  ,latitude              NUMERIC(9,6)
  ,contract_time         VARCHAR(9) NOT NULL
  ,salary_min            NUMERIC(8,2) NOT NULL
  ,salary_max            NUMERIC(8,2) NOT NULL
  ,company_CLASS_        VARCHAR(30) NOT NULL
  ,companydisplay_name   VARCHAR(6) NOT NULL
  ,created               VARCHAR(20) NOT NULL
  ,redirect_url          VARCHAR(152) NOT NULL
  ,location_CLASS_       VARCHAR(31) NOT NULL
  ,locationarea0         VARCHAR(2) NOT NULL
  ,locationarea1         VARCHAR(18)
  ,locationdisplay_name  VARCHAR(30) NOT NULL
  ,_CLASS_               VARCHAR(26) NOT NULL
  ,contract_type         VARCHAR(9)
  ,longitude             NUMERIC(9,6)
  ,locationarea2         VARCHAR(15)
  ,locationarea3         VARCHAR(13)
  ,PRIMARY KEY(description,title,salary_is_predicted,categorylabel,categorytag,category_CLASS_,id,latitude,contract_time,salary_min,salary_max,company_CLASS_,companydisplay_name,contract_type)
);
INSERT INTO myjobs(description,adref,title,salary_is_predicted,categorylabel,categorytag,category_CLASS_,id,latitude,contract_time,salary_min,salary_max,company_CLASS_,companydisplay_name,created,redirect_url,location_CLASS_,locationarea0,locationarea1,locationdisplay_name,_CLASS_,contract_type,longitude,locationarea2,locationarea3) VALUES ('Location This role will be based in the M4 corridor Here at Amazon we are looking to hire an experienced Reliability Maintenance Engineering (RME) Technician to join the team in one of our highly automated and fast paced Fulfilment Centers (FC). Purpose of the Job: The focus of this role is to ensure safety regulations and policies are adhered to, to ensure preventative maintenance is conducted on time to a high standard and to provide high levels of equipment availability through continuous im…','eyJhbGciOiJIUzI1NiJ9.eyJzIjoic3RZUTZIR003QkdFc010elRLR3NpQSIsImkiOiIyODQxODY1MjU2In0.5BFsIMbneFOUmXL1V10YGLBwtdQqx0xfNeSOojXy-ko','RME Technician',1,'Engineering Jobs','engineering-jobs','Adzuna::API::Response::Category',2841865256,51.558399,'full_time',35458.08,35458.08,'Adzuna::API::Response::Company','Amazon','2022-01-25T10:37:48Z','https://www.adzuna.co.uk/jobs/land/ad/2841865256?se=stYQ6HGM7BGEsMtzTKGsiA&utm_medium=api&utm_source=d4ab5126&v=CC99A96ABDDDC2841F173D9354EB185837BA470F','Adzuna::API::Response::Location','UK','South West England','Swindon, Wiltshire','Adzuna::API::Response::Job',NULL,-1.78199,'Wiltshire','Swindon');
